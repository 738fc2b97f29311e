import java.lang.instrument.Instrumentation;

/**
 * The Java agent that Elasticsearch attaches to itself at start-up to install its entitlement
 * checks. The official distribution ships it as lib/entitlement-agent, which is not published
 * on Maven Central; like the original, it only hands the JVM's Instrumentation to the
 * initializer whose class name the server passes as the agent argument.
 */
public final class EntitlementAgent {
    private EntitlementAgent() {}

    public static void agentmain(String initializerClassName, Instrumentation instrumentation)
            throws ReflectiveOperationException {
        Class.forName(initializerClassName)
            .getMethod("initialize", Instrumentation.class)
            .invoke(null, instrumentation);
    }
}

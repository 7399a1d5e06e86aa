package linnet.kernel.core;

/** pernet_operations: a subsystem's set-up and tear-down of its state in each namespace. */
public interface PernetOps {
    void init(Net net);

    default void exit(Net net) {}
}

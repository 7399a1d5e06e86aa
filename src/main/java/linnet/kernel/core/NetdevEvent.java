package linnet.kernel.core;

/** Netdevice notifier events (NETDEV_*): how protocols learn that a device changed. */
public enum NetdevEvent {
    REGISTER, UP, GOING_DOWN, DOWN, CHANGE, CHANGEMTU, CHANGEADDR, CHANGENAME, UNREGISTER, CHANGEUPPER, FEAT_CHANGE
}

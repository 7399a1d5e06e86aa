package linnet.kernel.core;

/** A listener on the netdevice notifier chain (register_netdevice_notifier). */
@FunctionalInterface
public interface NetdevNotifier {
    void event(NetdevEvent event, NetDevice dev);
}

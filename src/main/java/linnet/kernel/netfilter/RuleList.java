package linnet.kernel.netfilter;

import java.util.ArrayList;

/**
 * A chain's rules: a list that tells whether it changed since it was last looked at, so that
 * the chain's {@link ChainIndex} is rebuilt after any change however it was made (tools change
 * a copy and install it, but nothing stops a change in place).
 */
public final class RuleList extends ArrayList<XtRule> {
    private static final long serialVersionUID = 1L;

    /** ArrayList counts additions and removals, not replacements: a replaced rule counts too. */
    @Override
    public XtRule set(int index, XtRule element) {
        modCount++;
        return super.set(index, element);
    }

    /** Changes so far (the same number means the same rules). */
    int changes() { return modCount; }
}

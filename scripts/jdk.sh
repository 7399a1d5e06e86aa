# Sourced by ./linnet and ./test: finds a JDK 25+ and exports JAVA_HOME, or explains what
# is missing and exits 127.
_linnet_jdk_version() {  # feature version of the JDK at $1 (e.g. 25), or nothing
    [ -x "$1/bin/javac" ] && [ -f "$1/release" ] || return 0
    sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$1/release"
}
_linnet_find_jdk() {
    local cand v
    for cand in "${JAVA_HOME:-}" /usr/lib/jvm/temurin-25* /usr/lib/jvm/*25* /usr/lib/jvm/* \
                /opt/java/* /opt/jdk* "$HOME"/.sdkman/candidates/java/*; do
        [ -n "$cand" ] && [ -d "$cand" ] || continue
        v=$(_linnet_jdk_version "$cand")
        if [ -n "$v" ] && [ "$v" -ge 25 ]; then echo "$cand"; return 0; fi
    done
    return 1
}
if ! _linnet_jdk=$(_linnet_find_jdk); then
    echo "linnet: needs a JDK 25 or newer (javac included)." >&2
    echo "  Looked at \$JAVA_HOME, /usr/lib/jvm, /opt/java and ~/.sdkman." >&2
    echo "  Install Temurin 25 (Debian/Ubuntu package temurin-25-jdk) or set JAVA_HOME to one." >&2
    exit 127
fi
export JAVA_HOME="$_linnet_jdk"

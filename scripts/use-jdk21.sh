# Source this file: it points JAVA_HOME at a JDK 21 or newer and puts it first on PATH.
# It keeps a JAVA_HOME that is already new enough, else looks under the usual JVM folders
# and picks the newest JDK it finds there. Headroom needs Java 21+ to build and run.
_headroom_java_major() {
  "$1/bin/java" -XshowSettings:properties -version 2>&1 \
    | sed -n 's/^ *java\.specification\.version = \([0-9]*\).*/\1/p' | head -n 1
}
_headroom_pick_jdk() {
  if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/javac" ]; then
    local m; m=$(_headroom_java_major "$JAVA_HOME")
    if [ -n "$m" ] && [ "$m" -ge 21 ]; then echo "$JAVA_HOME"; return; fi
  fi
  local best="" best_major=0 d m
  for d in /usr/lib/jvm/* /usr/java/* /opt/java/* /Library/Java/JavaVirtualMachines/*/Contents/Home; do
    [ -x "$d/bin/javac" ] || continue
    m=$(_headroom_java_major "$d")
    [ -n "$m" ] || continue
    if [ "$m" -ge 21 ] && [ "$m" -gt "$best_major" ]; then best="$d"; best_major="$m"; fi
  done
  echo "$best"
}
_headroom_jdk=$(_headroom_pick_jdk)
if [ -z "$_headroom_jdk" ]; then
  echo "Headroom needs a JDK 21 or newer; none found. Install one and set JAVA_HOME." >&2
  return 1 2>/dev/null || exit 1
fi
export JAVA_HOME="$_headroom_jdk"
export PATH="$JAVA_HOME/bin:$PATH"
unset _headroom_jdk

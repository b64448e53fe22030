#!/usr/bin/env bash
# Shows that Homeward's container image starts, without a Docker engine: unpacks the image tarball's layers
# in order into a root file system, reads the image's entry point, command, environment, user and working
# directory, and runs exactly that, as that user, with an OCI runtime (crun or runc) when one works here,
# else in namespaces of its own (unshare and chroot). The container gets a network namespace of its own
# (loopback only), a fresh data directory as its volume and fresh secrets in its environment. The check
# passes when /actuator/health answers UP, requests without credentials or with a wrong password are
# refused, the secrets were taken from the environment (no key file made), and the process stops cleanly
# on SIGTERM. Everything it unpacked is removed at the end.
#
# Usage: sudo scripts/check-image.sh [--runtime auto|crun|runc|unshare] [IMAGE_TAR]   (default target/homeward-image.tar)
# Needs root, tar, python3, curl, ip (iproute2), unshare and chroot; crun or runc is used when one works.
set -euo pipefail
cd "$(dirname "$0")/.."

runtime=auto
if [ "${1:-}" = "--runtime" ]; then runtime="$2"; shift 2; fi
image_tar="${1:-target/homeward-image.tar}"
start_timeout="${HOMEWARD_IMAGE_START_TIMEOUT:-600}"
name="homeward-check-$$"

fail() {
  # A fresh database holds nobody: its log is safe to show, and says why it did not start.
  if [ -s "${data:-}/postgres.log" ]; then tail -15 "$data/postgres.log" >&2; fi
  echo "check-image: FAILED: $*" >&2
  exit 1
}
say() { echo "check-image: $*" >&2; }

[ "$(id -u)" -eq 0 ] || fail "run as root (namespaces, chroot and the container runtime need it)"
[ -s "$image_tar" ] || fail "no image at $image_tar (build it: mvn -Pimage -DskipTests package)"
mkdir -p target
work="$(mktemp -d "$PWD/target/image-check.XXXXXX")"
root="$work/rootfs"
data="$work/data"
runner_pid=""

cleanup() {
  if [ -n "$runner_pid" ] && kill -0 "$runner_pid" 2>/dev/null; then
    stop_container KILL || true
    wait "$runner_pid" 2>/dev/null || true
  fi
  if [ "$runtime" != unshare ] && [ "$runtime" != auto ]; then oci delete --force "$name" >/dev/null 2>&1 || true; fi
  ip netns delete "$name" 2>/dev/null || true
  rm -rf --one-file-system "$work"
}
trap cleanup EXIT
trap "exit 143" TERM INT

# 1. The image's description, checked before anything runs, and its layers unpacked in order.
mkdir -p "$work/image" "$root" "$data"
tar -xf "$image_tar" -C "$work/image"
python3 scripts/image-config.py describe "$work/image" "$work" || fail "the image's configuration is not acceptable"
while read -r layer; do
  # Whiteouts first remove what earlier layers put there, then the layer itself is laid over.
  tar -tf "$work/image/$layer" --warning=no-unknown-keyword | grep -E '(^|/)\.wh\.' | while read -r whiteout; do
    dir="$(dirname "$whiteout")"
    base="$(basename "$whiteout")"
    if [ "$base" = ".wh..wh..opq" ]; then
      find "$root/$dir" -mindepth 1 -maxdepth 1 -exec rm -rf {} +
    else
      rm -rf "${root:?}/$dir/${base#.wh.}"
    fi
  done || true
  tar -xf "$work/image/$layer" -C "$root" --warning=no-unknown-keyword --numeric-owner --same-permissions --same-owner
  find "$root" -name '.wh.*' -delete
done <"$work/layers"
say "unpacked $(wc -l <"$work/layers") layers ($(du -sh "$root" | cut -f1))"

user="$(cat "$work/user")"
workdir="$(cat "$work/workdir")"
volume="$(cat "$work/volume")"
[ -d "$root$volume" ] || fail "the volume $volume is not a directory of the image"
[ -z "$(ls -A "$root$volume")" ] || fail "the image's $volume is not empty: $(ls -A "$root$volume" | tr '\n' ' ')"
# The volume a runtime would mount: fresh, owned by the image's user like a new named volume.
chown "$user" "$data"
chmod 0700 "$data"

# Fresh secrets, in the environment only: base64 of 32 random bytes each.
audit_key="$(head -c 32 /dev/urandom | base64)"
slip_key="$(head -c 32 /dev/urandom | base64)"
printf '%s\0' "HOMEWARD_AUDIT_KEY=$audit_key" "HOMEWARD_SLIP_KEY=$slip_key" >>"$work/env"

# 2. A network namespace of its own with loopback up: the port is the image's 8080, and nothing else
#    on this machine can collide with it or reach it.
ip netns add "$name"
ip netns exec "$name" ip link set lo up
in_netns() { ip netns exec "$name" "$@"; }

# An OCI runtime, when one works here: crun (told to leave cgroups alone), else runc.
oci() {
  case "$runtime" in
    crun) crun --cgroup-manager=disabled "$@" ;;
    *) "$runtime" "$@" ;;
  esac
}
oci_works() {
  command -v "$runtime" >/dev/null || { echo "$runtime is not installed" >"$work/probe.log"; return 1; }
  mkdir -p "$work/probe"
  python3 scripts/image-config.py oci "$work" "$root" "$data" "$volume" "/run/netns/$name" probe \
    >"$work/probe/config.json"
  oci run --bundle "$work/probe" "$name-probe" >"$work/probe.log" 2>&1
}
if [ "$runtime" = auto ]; then
  for runtime in crun runc unshare; do
    [ "$runtime" = unshare ] && break
    oci_works && break
    say "$runtime does not run containers here: $(tail -1 "$work/probe.log")"
    oci delete --force "$name-probe" >/dev/null 2>&1 || true
  done
fi

# 3. Run exactly the image's entry point and command.
log="$work/container.log"
if [ "$runtime" != unshare ]; then
  mkdir -p "$work/bundle"
  python3 scripts/image-config.py oci "$work" "$root" "$data" "$volume" "/run/netns/$name" run >"$work/bundle/config.json"
  oci run --bundle "$work/bundle" "$name" >"$log" 2>&1 &
  runner_pid=$!
  stop_container() { oci kill "$name" "$1"; }
else
  # The same as the runtime's container, by hand: own mount and process namespaces, a read-only root,
  # /proc of its own, a minimal /dev, tmpfs on /tmp, the volume bound in; then chroot into the image as
  # its user (a uid other than 0 keeps no capabilities).
  ip netns exec "$name" unshare --mount --pid --fork --kill-child=SIGKILL /bin/bash -c '
    set -e
    root="$1"; data="$2"; volume="$3"; user="$4"; workdir="$5"; envfile="$6"; argsfile="$7"
    mount --make-rprivate /
    mount --bind "$root" "$root" && mount -o remount,bind,ro "$root"
    mount -t proc proc "$root/proc"
    mount -t tmpfs -o mode=0755,nosuid dev "$root/dev"
    for node in null zero random urandom full tty; do touch "$root/dev/$node"; mount --bind "/dev/$node" "$root/dev/$node"; done
    mkdir -p "$root/dev/shm" && mount -t tmpfs -o mode=1777,nosuid,nodev shm "$root/dev/shm"
    mount -t tmpfs -o mode=1777,nosuid,nodev tmp "$root/tmp"
    mount --bind "$data" "$root$volume"
    mapfile -d "" environment <"$envfile"
    mapfile -d "" command <"$argsfile"
    exec chroot --userspec="$user" --groups="" "$root" /usr/bin/env -i -C "$workdir" "${environment[@]}" "${command[@]}"
  ' check "$root" "$data" "$volume" "$user" "$workdir" "$work/env" "$work/args" >"$log" 2>&1 &
  runner_pid=$!
  stop_container() {
    # The container's first process is the unshare's child; the runtime would signal exactly that one.
    local child
    child="$(pgrep -P "$runner_pid" | head -1 || true)"
    if [ -n "$child" ]; then kill -s "$1" "$child"; fi
  }
fi
say "started the image's command with $runtime: $(tr '\0' ' ' <"$work/args")"

# 4. Up and answering, and closed to anyone without credentials.
deadline=$((SECONDS + start_timeout))
until in_netns curl -fsS -o "$work/health.json" http://127.0.0.1:8080/actuator/health 2>/dev/null; do
  kill -0 "$runner_pid" 2>/dev/null || { tail -40 "$log" >&2; fail "the container stopped before answering"; }
  [ "$SECONDS" -lt "$deadline" ] || { tail -40 "$log" >&2; fail "no answer on port 8080 within ${start_timeout}s"; }
  sleep 2
done
grep -q '"status":"UP"' "$work/health.json" || fail "health is not UP: $(cat "$work/health.json")"
say "health: $(cat "$work/health.json")"

status() { in_netns curl -s -o /dev/null -w '%{http_code}' "$@"; }
anonymous="$(status http://127.0.0.1:8080/api/v1/households)"
[ "$anonymous" = 401 ] || fail "the API answered $anonymous without credentials (expected 401)"
wrong="$(status -u admin:not-the-password http://127.0.0.1:8080/api/v1/households)"
[ "$wrong" = 401 ] || fail "the API answered $wrong to a wrong password (expected 401)"
page="$(status http://127.0.0.1:8080/)"
[ "$page" = 302 ] || fail "the home page answered $page without signing in (expected 302 to /login)"
form="$(status -X POST -d username=admin -d password= http://127.0.0.1:8080/login)"
[ "$form" = 302 ] || [ "$form" = 403 ] || fail "a sign-in without a password answered $form"
say "refused without credentials: API $anonymous, wrong password $wrong, home page $page, empty sign-in $form"

# The keys came from the environment: none was made in the data directory.
for key in audit-key slip-key; do
  [ ! -e "$data/$key" ] || fail "$key was written to the data directory although the environment gave it"
done
[ -e "$data/first-administrator-password" ] || fail "the first administrator's password was not written"
[ -d "$data/postgres" ] || fail "the embedded database has no data in the volume"

# Serving so far without a logged error.
served="$(wc -l <"$log")"
if head -n "$served" "$log" | grep -E ' ERROR [0-9]+ --- |Exception' >"$work/errors"; then
  head -20 "$work/errors" >&2
  fail "the container logged errors while starting or serving"
fi

# 5. A clean stop on SIGTERM, as a runtime stops a container: the exit code of a Java process ended by
#    SIGTERM (or 0), and the embedded database shut down, not left running or killed.
stop_container TERM
set +e
wait "$runner_pid"
code=$?
set -e
runner_pid=""
cp "$log" target/image-check-container.log
case "$code" in
  0 | 143) say "stopped on SIGTERM (exit $code)" ;;
  *) tail -40 "$log" >&2; fail "the container ended with exit code $code after SIGTERM" ;;
esac
tail -3 "$data/postgres.log" | grep -q "database system is shut down" || fail "the embedded database did not shut down"
noise="$(tail -n +"$((served + 1))" "$log" | grep -cE ' ERROR [0-9]+ --- |Exception' || true)"
say "the embedded database shut down cleanly; $noise log lines about errors while stopping (target/image-check-container.log)"
say "PASSED: the image starts Homeward as $user with $runtime, answers UP and refuses requests without credentials"

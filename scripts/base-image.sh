#!/usr/bin/env bash
# Makes the base image Homeward's container image is built on, from Debian packages only: a Docker-format
# image tarball (manifest.json, the image's config, one layer) of a minimal Debian 12 with the Java 17
# runtime, CA certificates, time zones and a non-root user "homeward" (uid and gid 10001). No container
# registry and no Docker engine are needed. Made once per machine; --force makes it again.
#
# Usage: sudo scripts/base-image.sh [--force] [OUTPUT]   (default OUTPUT: ~/.cache/homeward/base-image.tar)
# Needs root (debootstrap and chroot), debootstrap, tar, sha256sum and python3.
set -euo pipefail

force=false
if [ "${1:-}" = "--force" ]; then force=true; shift; fi
output="${1:-${HOMEWARD_BASE_IMAGE:-$HOME/.cache/homeward/base-image.tar}}"
mirror="${HOMEWARD_DEBIAN_MIRROR:-http://deb.debian.org/debian}"
security_mirror="${HOMEWARD_DEBIAN_SECURITY_MIRROR:-http://deb.debian.org/debian-security}"
# Every file of the layer carries this time, so the same packages give the same layer.
epoch="${SOURCE_DATE_EPOCH:-1704067200}"
uid=10001

if [ -s "$output" ] && ! $force; then
  echo "base image already made: $output"
  exit 0
fi
if [ "$(id -u)" -ne 0 ]; then
  echo "base-image.sh: run as root (debootstrap and chroot need it)" >&2
  exit 1
fi
for tool in debootstrap tar sha256sum python3; do
  command -v "$tool" >/dev/null || { echo "base-image.sh: $tool is missing (apt-get install $tool)" >&2; exit 1; }
done

work="$(mktemp -d "${TMPDIR:-/tmp}/homeward-base.XXXXXX")"
root="$work/root"
# debootstrap mounts /proc and /sys into the root while it works: unmount whatever is left before removing.
cleanup() {
  grep -o " $root/[^ ]*" /proc/mounts | sort -r | while read -r mounted; do umount -l "$mounted" || true; done
  rm -rf --one-file-system "$work"
}
trap cleanup EXIT

echo "base-image.sh: installing Debian 12 with the Java 17 runtime into $root" >&2
debootstrap --variant=minbase --include=openjdk-17-jre-headless,ca-certificates,tzdata \
  bookworm "$root" "$mirror" >"$work/debootstrap.log" 2>&1 \
  || { tail -20 "$work/debootstrap.log" >&2; exit 1; }

# Security updates too (the Java runtime is updated there), installed in a mount namespace of its own so
# that /proc is unmounted when it ends, whatever happens.
cat >"$root/etc/apt/sources.list" <<EOF
deb $mirror bookworm main
deb $mirror bookworm-updates main
deb $security_mirror bookworm-security main
EOF
# localhost must resolve without a runtime's /etc/hosts: the embedded PostgreSQL listens on it.
printf '127.0.0.1\tlocalhost\n::1\t\tlocalhost ip6-localhost ip6-loopback\n' >"$root/etc/hosts"
unshare --mount --fork chroot "$root" /bin/sh -c '
  mount -t proc proc /proc
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq && apt-get upgrade -y -qq >/dev/null
  apt-get clean
  groupadd --gid '"$uid"' homeward
  useradd --uid '"$uid"' --gid '"$uid"' --home-dir /var/lib/homeward --no-create-home \
    --shell /usr/sbin/nologin homeward
  install -d -o homeward -g homeward -m 0700 /var/lib/homeward
' >"$work/upgrade.log" 2>&1 || { tail -20 "$work/upgrade.log" >&2; exit 1; }

# Nothing the image does not run: package lists and caches, manuals, documentation, logs of the install.
rm -rf "$root"/var/lib/apt/lists/* "$root"/var/cache/apt/* "$root"/var/cache/debconf/*-old \
  "$root"/usr/share/doc/* "$root"/usr/share/man/* "$root"/usr/share/info/* \
  "$root"/var/log/* "$root"/tmp/* "$root"/var/tmp/* "$root"/root/.bash_history
# Devices, /proc and /sys come from whatever runs the container, never from the image.
rm -rf "${root:?}"/dev/* "${root:?}"/proc/* "${root:?}"/sys/* "${root:?}"/run/*
chmod 1777 "$root/tmp" "$root/var/tmp"

echo "base-image.sh: writing the layer and the image's description" >&2
image="$work/image"
mkdir -p "$image"
tar --create --file "$image/layer.tar" --directory "$root" --numeric-owner --sort=name \
  --mtime="@$epoch" --pax-option=exthdr.name=%d/PaxHeaders/%f,delete=atime,delete=ctime --format=posix .
layer_sha="$(sha256sum "$image/layer.tar" | cut -d' ' -f1)"
java_home="$(cd "$root" && ls -d usr/lib/jvm/java-17-openjdk-*)"

python3 - "$image" "$layer_sha" "/$java_home" "$epoch" "$uid" <<'PYTHON'
import datetime, hashlib, json, os, sys

image, layer_sha, java_home, epoch, uid = sys.argv[1:]
created = datetime.datetime.fromtimestamp(int(epoch), datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
config = {
    "architecture": "amd64",
    "os": "linux",
    "created": created,
    "config": {
        "Env": [
            "PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin",
            "JAVA_HOME=" + java_home,
            "LANG=C.UTF-8",
        ],
        "User": uid + ":" + uid,
        "WorkingDir": "/var/lib/homeward",
    },
    "rootfs": {"type": "layers", "diff_ids": ["sha256:" + layer_sha]},
    "history": [{"created": created, "created_by": "scripts/base-image.sh (debootstrap bookworm)"}],
}
data = json.dumps(config, sort_keys=True, separators=(",", ":")).encode()
config_sha = hashlib.sha256(data).hexdigest()
with open(os.path.join(image, config_sha + ".json"), "wb") as out:
    out.write(data)
os.makedirs(os.path.join(image, layer_sha))
os.rename(os.path.join(image, "layer.tar"), os.path.join(image, layer_sha, "layer.tar"))
manifest = [{
    "Config": config_sha + ".json",
    "RepoTags": ["homeward-base:bookworm"],
    "Layers": [layer_sha + "/layer.tar"],
}]
with open(os.path.join(image, "manifest.json"), "w") as out:
    json.dump(manifest, out)
PYTHON

mkdir -p "$(dirname "$output")"
# shellcheck disable=SC2046  # the names in the image directory are hex digests and manifest.json
tar --create --file "$output.partial" --directory "$image" --sort=name --mtime="@$epoch" --numeric-owner \
  $(cd "$image" && ls)
mv "$output.partial" "$output"
echo "base image made: $output ($(du -h "$output" | cut -f1))"

#!/usr/bin/env python3
"""Reads a Docker-format image's manifest and config for scripts/check-image.sh.

describe IMAGE_DIR WORK: checks the config (a non-root user, the data directory as a volume, port 8080, no
secret in the environment) and writes what the check runs: WORK/layers (one layer file a line, in order),
WORK/args and WORK/env (NUL-separated: entry point and command; environment), WORK/user, WORK/workdir,
WORK/volume.
oci WORK ROOTFS DATA VOLUME NETNS run|probe: prints an OCI runtime config that runs the image's command
(or, for probe, only /bin/sh -c true) in ROOTFS, as the image's user, with DATA bound at VOLUME and the
network namespace NETNS.
"""

import json
import os
import re
import sys

SECRET = re.compile(r"^HOMEWARD_[A-Z_]*(KEY|KEYS|KEYSET|PASSWORD|SECRET)$|^SPRING_DATASOURCE_PASSWORD$")
DATA_DIRECTORY = "/var/lib/homeward"


def read_nul(path):
    with open(path, "rb") as file:
        return [part.decode() for part in file.read().split(b"\0") if part]


def describe(image_dir, work):
    with open(os.path.join(image_dir, "manifest.json")) as file:
        manifest = json.load(file)[0]
    with open(os.path.join(image_dir, manifest["Config"])) as file:
        config = json.load(file)["config"]
    problems = []
    user = config.get("User") or ""
    if user.split(":")[0] in ("", "0", "root"):
        problems.append("the image runs as root (User=%r)" % user)
    env = config.get("Env") or []
    for variable in env:
        name = variable.split("=", 1)[0]
        if SECRET.match(name):
            problems.append("the image's environment holds a secret: %s" % name)
    if DATA_DIRECTORY not in (config.get("Volumes") or {}):
        problems.append("%s is not a volume" % DATA_DIRECTORY)
    if "8080/tcp" not in (config.get("ExposedPorts") or {}):
        problems.append("port 8080 is not exposed")
    command = (config.get("Entrypoint") or []) + (config.get("Cmd") or [])
    if not command:
        problems.append("the image has no entry point and no command")
    for problem in problems:
        print("check-image: " + problem, file=sys.stderr)
    if problems:
        sys.exit(1)
    if ":" not in user:
        user = user + ":" + user
    write(work, "layers", "".join(layer + "\n" for layer in manifest["Layers"]))
    write(work, "args", "".join(part + "\0" for part in command))
    write(work, "env", "".join(variable + "\0" for variable in env))
    write(work, "user", user)
    write(work, "workdir", config.get("WorkingDir") or "/")
    write(work, "volume", DATA_DIRECTORY)
    print("check-image: user %s, working directory %s, command %s" % (user, config.get("WorkingDir"), command),
          file=sys.stderr)


def write(work, name, text):
    with open(os.path.join(work, name), "w") as file:
        file.write(text)


def oci(work, rootfs, data, volume, netns, mode):
    uid, gid = (int(part) for part in open(os.path.join(work, "user")).read().split(":"))
    no_capabilities = {kind: [] for kind in ("bounding", "effective", "inheritable", "permitted", "ambient")}
    spec = {
        "ociVersion": "1.0.2",
        "process": {
            "terminal": False,
            "user": {"uid": uid, "gid": gid},
            "args": read_nul(os.path.join(work, "args")) if mode == "run" else ["/bin/sh", "-c", "true"],
            "env": read_nul(os.path.join(work, "env")),
            "cwd": open(os.path.join(work, "workdir")).read(),
            "capabilities": no_capabilities,
            "noNewPrivileges": True,
        },
        # A read-only root, as a hardened deployment runs it: only /tmp and the volume are writable.
        "root": {"path": rootfs, "readonly": True},
        "hostname": "homeward",
        "mounts": [
            {"destination": "/proc", "type": "proc", "source": "proc"},
            {"destination": "/dev", "type": "tmpfs", "source": "tmpfs", "options": ["nosuid", "strictatime", "mode=755"]},
            {"destination": "/dev/pts", "type": "devpts", "source": "devpts",
             "options": ["nosuid", "noexec", "newinstance", "ptmxmode=0666", "mode=0620"]},
            {"destination": "/dev/shm", "type": "tmpfs", "source": "shm", "options": ["nosuid", "noexec", "nodev", "mode=1777"]},
            {"destination": "/sys", "type": "sysfs", "source": "sysfs", "options": ["nosuid", "noexec", "nodev", "ro"]},
            {"destination": "/tmp", "type": "tmpfs", "source": "tmpfs", "options": ["nosuid", "nodev", "mode=1777"]},
            {"destination": volume, "type": "bind", "source": data, "options": ["rbind", "rw"]},
        ],
        # cgroups are left to the machine: this check limits nothing.
        "linux": {
            "namespaces": [{"type": kind} for kind in ("pid", "ipc", "uts", "mount")]
            + [{"type": "network", "path": netns}],
            "maskedPaths": ["/proc/kcore", "/proc/keys", "/proc/timer_list", "/sys/firmware"],
            "readonlyPaths": ["/proc/bus", "/proc/fs", "/proc/irq", "/proc/sys", "/proc/sysrq-trigger"],
        },
    }
    json.dump(spec, sys.stdout, indent=2)


if __name__ == "__main__":
    if sys.argv[1] == "describe":
        describe(*sys.argv[2:4])
    elif sys.argv[1] == "oci":
        oci(*sys.argv[2:8])
    else:
        sys.exit("usage: image-config.py describe IMAGE_DIR WORK | oci WORK ROOTFS DATA VOLUME NETNS run|probe")

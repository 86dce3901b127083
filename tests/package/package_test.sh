#!/usr/bin/env bash
# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 Gemeente Utrecht
#
# package_test.sh BUILD CPACK COMPONENTS (comma-separated): the regie-server Debian package in a clean Debian 12
# root, as a beheerder would use it (docs/BEHEER.md):
#   1. cpack makes the package twice from BUILD: version V and V+upgradetest1 (a newer build);
#   2. a clean bookworm root (debootstrap --variant=minbase, kept as a tarball in the cache
#      folder and unpacked fresh for every run) gets the package with apt, which pulls its
#      dependencies from the machine's own mirror (cached as a second tarball);
#   3. the packaged server starts from the installed unit's ExecStart as user regie with the
#      installed /etc/regie/regie.ini (serve_phase.py; in a network namespace of its own):
#      start page and health answer, the master key is 0600 owner regie;
#   4. with --demo (a test environment) a demo inwoner withdraws money through the pages;
#   5. the newer package is installed over it: the configuration, key and certificate are
#      kept, the server starts again on the same data, the withdrawal is still there and
#      the schema is complete;
#   6. purge removes program and configuration and keeps /var/lib/regie.
# Needs root (chroot, mounts, namespaces), debootstrap, and the mirror in the machine's apt
# sources. The cache folder is REGIE_PACKAGE_CACHE, else BUILD/tests/package/cache; delete
# it to start from a new debootstrap. The last run's root stays in BUILD/tests/package/work
# for a look (server.log, apt.log beside it). REGIE_PACKAGE_DEBS="OLD.deb NEW.deb" tests two packages
# made elsewhere instead of running cpack. Each phase prints its time.
set -euo pipefail
build="$(cd "$1" && pwd)"
cpack="$2"
components="$3"   # regie-server,regie-admin,regie-koppelingen
here="$(cd "$(dirname "$0")" && pwd)"
work="$build/tests/package/work"
cache="${REGIE_PACKAGE_CACHE:-$build/tests/package/cache}"
root="$work/root"
suite=bookworm

if [ "$(id -u)" -ne 0 ]; then echo "SKIP: the package test needs root"; exit 77; fi
for tool in debootstrap chroot unshare dpkg-deb python3 ip; do
  command -v "$tool" >/dev/null || { echo "FAIL: $tool is missing (scripts/install-deps.sh test installs it)"; exit 1; }
done

# Mounts live in a mount namespace of this test only: they vanish with it, whatever happens.
if [ -z "${REGIE_PACKAGE_TEST_NS:-}" ]; then
  exec unshare --mount --propagation private env REGIE_PACKAGE_TEST_NS=1 "$0" "$@"
fi

t0=$SECONDS
phase_start=$SECONDS
phase() { echo "== $1 ($((SECONDS - phase_start)) s for the step before, $((SECONDS - t0)) s in all)"; phase_start=$SECONDS; }
fail() { echo "FAIL: $*"; exit 1; }
in_root() { chroot "$root" env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin LANG=C.UTF-8 DEBIAN_FRONTEND=noninteractive "$@"; }

# ---- 1. the two packages -----------------------------------------------------------------
version="$(sed -n 's/^set(CPACK_PACKAGE_VERSION "\(.*\)")$/\1/p' "$build/CPackConfig.cmake")"
[ -n "$version" ] || fail "no CPACK_PACKAGE_VERSION in $build/CPackConfig.cmake"
newer="$version+upgradetest1"
mkdir -p "$work" "$cache"
make_package() {
  local out="$work/pkg-$1"
  rm -rf "$out"
  "$cpack" -G DEB --config "$build/CPackConfig.cmake" -B "$out" -D "CPACK_PACKAGE_VERSION=$1" \
           -D "CPACK_COMPONENTS_ALL=${components//,/;}" >"$work/cpack-$1.log" 2>&1 \
    || { cat "$work/cpack-$1.log"; fail "cpack for $1"; }
  ls "$out"/regie-server_"$1"_*.deb
}
if [ -n "${REGIE_PACKAGE_DEBS:-}" ]; then
  # Packages made elsewhere (a release pipeline's artifacts): "OLD.deb NEW.deb".
  read -r deb_old deb_new <<<"$REGIE_PACKAGE_DEBS"
  newer="$(dpkg-deb -f "$deb_new" Version)"
else
  deb_old="$(make_package "$version")"
  deb_new="$(make_package "$newer")"
fi
echo "packages: $(basename "$deb_old") $(du -h "$deb_old" | cut -f1), $(basename "$deb_new")"
dpkg-deb -f "$deb_old" Depends
phase "packages made"

# ---- 2. a clean Debian 12 root -----------------------------------------------------------
mirror="$(sed -n 's/^URIs: *\([^ ]*\).*/\1/p' /etc/apt/sources.list.d/*.sources 2>/dev/null | head -n 1)"
[ -n "$mirror" ] || mirror="$(awk '$1 == "deb" { print $2; exit }' /etc/apt/sources.list 2>/dev/null)"
[ -n "$mirror" ] || mirror=http://deb.debian.org/debian
base="$cache/$suite-minbase.tar"
if [ ! -s "$base" ]; then
  rm -rf "$cache/debootstrap"
  debootstrap --variant=minbase "$suite" "$cache/debootstrap" "$mirror" >"$work/debootstrap.log" 2>&1 \
    || { tail -n 20 "$work/debootstrap.log"; fail "debootstrap $suite from $mirror"; }
  tar -C "$cache/debootstrap" -cf "$base.part" . && mv "$base.part" "$base"
  rm -rf "$cache/debootstrap"
  phase "debootstrap $suite from $mirror (cached in $base)"
fi
# The dependencies of the package as a second cached layer, keyed by the Depends line: apt
# installs them from the mirror the first time, later runs unpack them.
# REGIE_PACKAGE_FRESH=1 skips this layer (every dependency from the mirror, as on a new CI
# machine).
depends="$(dpkg-deb -f "$deb_old" Depends)"
layer="$cache/$suite-deps-$(printf '%s' "$depends" | sha256sum | cut -c1-16).tar"
[ "${REGIE_PACKAGE_FRESH:-0}" = 1 ] && layer=/nonexistent
grep -q " $root" /proc/self/mounts && fail "something is still mounted under $root"
rm -rf --one-file-system "$root"
mkdir -p "$root"
if [ -s "$layer" ]; then tar -C "$root" -xf "$layer"; else tar -C "$root" -xf "$base"; fi
# The machine's own apt sources and its Acquire settings: the package's dependencies were
# resolved against them (security updates included).
rm -f "$root/etc/apt/sources.list"
cp /etc/apt/sources.list "$root/etc/apt/" 2>/dev/null || true
cp /etc/apt/sources.list.d/* "$root/etc/apt/sources.list.d/" 2>/dev/null || true
for f in /etc/apt/apt.conf.d/*; do grep -q '^Acquire::' "$f" && cp "$f" "$root/etc/apt/apt.conf.d/"; done
cp /etc/resolv.conf "$root/etc/resolv.conf"
mount -t proc proc "$root/proc"
mount --rbind /dev "$root/dev"
phase "fresh root unpacked ($(basename "$([ -s "$layer" ] && echo "$layer" || echo "$base")"))"
in_root apt-get update -qq >"$work/apt.log" 2>&1 || { cat "$work/apt.log"; fail "apt-get update in the root"; }
if [ "$layer" != /nonexistent ] && [ ! -s "$layer" ]; then
  # Only the names: apt checks the versions again when it installs the package itself.
  names="$(echo "$depends" | tr ',' '\n' | sed 's/|.*//; s/(.*)//; s/ //g' | grep -v '^$')"
  in_root apt-get install -y -qq --no-install-recommends $names >>"$work/apt.log" 2>&1 \
    || { tail -n 30 "$work/apt.log"; fail "apt-get install of the dependencies"; }
  in_root apt-get clean
  rm -f "$cache/$suite-deps-"*.tar # an older Depends line's layer
  tar -C "$root" --one-file-system -cf "$layer.part" . && mv "$layer.part" "$layer"
  phase "dependencies from the mirror (cached in $(basename "$layer"))"
fi
cp "$deb_old" "$deb_new" "$root/tmp/"

# ---- 3. install ---------------------------------------------------------------------------
in_root apt-get install -y -qq --no-install-recommends "/tmp/$(basename "$deb_old")" >>"$work/apt.log" 2>&1 \
  || { tail -n 30 "$work/apt.log"; fail "apt-get install of the package"; }
phase "installed with its dependencies (apt in the root)"

# Names as the root knows them (the machine's own passwd may give the same ids other names).
stat_of() { in_root stat -c '%a %U:%G' "$1" 2>/dev/null || echo missing; }
in_root getent passwd regie | grep -q ':/var/lib/regie:/usr/sbin/nologin$' || fail "no system user regie"
[ "$(stat_of /etc/regie)" = "750 root:regie" ] || fail "/etc/regie is $(stat_of /etc/regie)"
[ "$(stat_of /etc/regie/regie.ini)" = "640 root:regie" ] || fail "regie.ini is $(stat_of /etc/regie/regie.ini)"
[ "$(stat_of /etc/regie/tls/server.key)" = "640 root:regie" ] || fail "server.key is $(stat_of /etc/regie/tls/server.key)"
[ "$(stat_of /var/lib/regie)" = "700 regie:regie" ] || fail "/var/lib/regie is $(stat_of /var/lib/regie)"
cmp -s "$root/etc/regie/regie.ini" "$root/usr/share/regie/regie.ini.example" || fail "regie.ini is not the example"
for program in ${components//,/ }; do
  [ -x "$root/usr/bin/$program" ] || fail "/usr/bin/$program is not installed"
done
[ -f "$root/usr/lib/systemd/system/regie-server.service" ] || fail "the unit is not installed"
if command -v systemd-analyze >/dev/null; then
  # The unit as systemd reads it: no unknown or malformed directive, and the sandbox's
  # exposure score. The options themselves take effect only under a running systemd, which
  # a chroot does not have. (The root has no systemd, so its targets are missing: ignored.)
  verify="$(systemd-analyze verify --root="$root" /usr/lib/systemd/system/regie-server.service 2>&1 \
            | grep -v -e 'target not found' -e 'Cannot add dependency job' || true)"
  [ -z "$verify" ] || fail "systemd-analyze verify: $verify"
  exposure="$(systemd-analyze security --offline=true --root="$root" regie-server.service 2>/dev/null \
              | sed -n 's/.*Overall exposure level for regie-server.service: \([0-9.]*\).*/\1/p')"
  [ -n "$exposure" ] || fail "systemd-analyze security gave no exposure level"
  awk -v e="$exposure" 'BEGIN { exit !(e <= 2.0) }' || fail "the unit's exposure level is $exposure (at most 2.0)"
  echo "unit: systemd-analyze verify clean, exposure level $exposure"
fi
echo "installed: $(in_root dpkg-query -W -f='${Package} ${Version}' regie-server); user regie, /etc/regie 0750, regie.ini 0640, /var/lib/regie 0700"

# ---- 4. the packaged server, as the unit starts it ------------------------------------------
serve() { unshare --net python3 "$here/serve_phase.py" --root "$root" --state "$work/state.json" --log "$work/server.log" "$@"; }
: >"$work/server.log"
# A test environment: the store is a demo from its creation (a store's kind is fixed when it is
# made, docs/SECURITY.md item 1), so --demo goes with the first start too.
serve --phase first --extra-arg=--demo || { tail -n 30 "$work/server.log"; fail "first start"; }
phase "first start: health, start page, master key"
serve --phase withdraw --extra-arg=--demo || { tail -n 30 "$work/server.log"; fail "withdrawal"; }
key_sum="$(sha256sum <"$root/var/lib/regie/regie.key")"
cert_sum="$(sha256sum <"$root/etc/regie/tls/server.crt")"
echo "; beheerder: kept across upgrades" >>"$root/etc/regie/regie.ini"
phase "demo data and a withdrawal"

# ---- 5. the upgrade ---------------------------------------------------------------------------
in_root apt-get install -y -qq --no-install-recommends "/tmp/$(basename "$deb_new")" >>"$work/apt.log" 2>&1 \
  || { tail -n 30 "$work/apt.log"; fail "apt-get install of the newer package"; }
[ "$(in_root dpkg-query -W -f='${Version}' regie-server)" = "$newer" ] || fail "the newer version is not installed"
tail -n 1 "$root/etc/regie/regie.ini" | grep -q 'kept across upgrades' || fail "the upgrade changed regie.ini"
[ "$(sha256sum <"$root/var/lib/regie/regie.key")" = "$key_sum" ] || fail "the upgrade changed the master key"
[ "$(sha256sum <"$root/etc/regie/tls/server.crt")" = "$cert_sum" ] || fail "the upgrade changed the certificate"
serve --phase upgraded --extra-arg=--demo || { tail -n 30 "$work/server.log"; fail "start after the upgrade"; }
phase "upgraded to $newer: configuration, key and withdrawal kept"

# ---- 6. purge ---------------------------------------------------------------------------------
in_root apt-get purge -y -qq regie-server >>"$work/apt.log" 2>&1 || { tail -n 30 "$work/apt.log"; fail "purge"; }
[ ! -e "$root/usr/bin/regie-server" ] || fail "purge left /usr/bin/regie-server"
[ ! -e "$root/etc/regie" ] || fail "purge left /etc/regie: $(ls -R "$root/etc/regie")"
[ -s "$root/var/lib/regie/regie.key" ] && [ -s "$root/var/lib/regie/regie.sqlite" ] \
  || fail "purge removed the data folder: it must stay until the beheerder removes it"
phase "purged: program and configuration gone, /var/lib/regie kept"
echo "package test: all steps pass in $((SECONDS - t0)) s"

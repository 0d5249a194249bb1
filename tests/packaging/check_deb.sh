#!/usr/bin/env bash
# Checks the Debian package that scripts/package built, as a user gets it: its control
# fields, lintian, the files it holds and their permissions, hardened and stripped programs
# with no build path in any file; then, unpacked into a scratch root (dpkg -x, no root
# needed), summit-cli makes and searches a demo database and the desktop app opens it under
# Xvfb, where its main window must appear.
#
#   check_deb.sh DEB_OR_DIR VERSION SOURCE_DIR
#
# DEB_OR_DIR is the .deb or the folder holding summit_VERSION_*.deb (build/release). No
# package there: skipped (exit 77). SOURCE_DIR is the tree it was built from, which no
# installed file may name.
set -euo pipefail
LC_ALL=C.UTF-8
export LC_ALL
unset LANGUAGE LANG

fail() {
  echo "FAIL: $*" >&2
  exit 1
}
skip() {
  echo "$*: skipped"
  exit 77
}

# The GUI part, run by the main part under xvfb-run: start the installed summit on DB with
# a scratch home, wait for a viewable top-level window titled Summit, then stop it.
if [ "${1:-}" = --gui ]; then
  root=$2 db=$3 tmp=$4
  export HOME=$tmp/home XDG_CONFIG_HOME=$tmp/home/.config XDG_DATA_HOME=$tmp/home/.local/share
  export XDG_CACHE_HOME=$tmp/home/.cache XDG_RUNTIME_DIR=$tmp/run QT_QPA_PLATFORM=xcb
  mkdir -p "$HOME" && mkdir -m 700 -p "$XDG_RUNTIME_DIR"
  "$root/usr/bin/summit" --db "$db" >"$tmp/summit.log" 2>&1 &
  pid=$!
  window=""
  for _ in $(seq 60); do
    kill -0 "$pid" 2>/dev/null || { cat "$tmp/summit.log" >&2; fail "summit exited before showing a window"; }
    # The root window's children are the top-level windows (Xvfb runs no window manager);
    # the application's own carry its class ("summit" "summit"), Qt's helper windows none.
    window=$(xwininfo -root -children | grep -E '^ +0x[0-9a-f]+ "Summit[^"]*": \("summit" "summit"\)' | head -n 1 || true)
    if [ -n "$window" ]; then
      id=$(echo "$window" | awk '{print $1}')
      xwininfo -id "$id" | grep -q 'Map State: IsViewable' && break
    fi
    window=""
    sleep 0.5
  done
  [ -n "$window" ] || { xwininfo -root -children >&2; kill "$pid"; fail "no viewable window titled Summit within 30 s"; }
  echo "window:$window"
  if [ -n "${SUMMIT_PACKAGING_SCREENSHOT:-}" ]; then
    import -window root "$SUMMIT_PACKAGING_SCREENSHOT" && echo "screenshot: $SUMMIT_PACKAGING_SCREENSHOT"
  fi
  kill "$pid"
  wait "$pid" || true
  exit 0
fi

[ $# -eq 3 ] || fail "usage: check_deb.sh DEB_OR_DIR VERSION SOURCE_DIR"
where=$1 version=$2 source_dir=$3
if [ -f "$where" ]; then
  deb=$where
else
  deb=$(ls -t "$where"/summit_"$version"_*.deb 2>/dev/null | head -n 1 || true)
  [ -n "$deb" ] || skip "no summit_${version}_*.deb in $where (scripts/package builds it)"
fi
for tool in dpkg-deb lintian xvfb-run xwininfo readelf file; do
  command -v "$tool" >/dev/null || skip "$tool not found (scripts/setup installs it)"
done
echo "package: $deb ($(stat -c '%s bytes, built %y' "$deb"))"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# Control fields: the dependencies come from dpkg-shlibdeps (libc6, the Qt libraries) plus
# Qt's SQLite plugin, which no linker sees.
field() { dpkg-deb -f "$deb" "$1"; }
depends=$(field Depends)
[ "$(field Package)" = summit ] || fail "Package is '$(field Package)', not summit"
[ "$(field Version)" = "$version" ] || fail "Version is '$(field Version)', not $version"
[ "$(field Section)" = office ] || fail "Section is '$(field Section)', not office"
[ "$(field Priority)" = optional ] || fail "Priority is '$(field Priority)', not optional"
[[ $(field Maintainer) =~ ^[^\<]+\ \<[^@\ ]+@[^\>\ ]+\>$ ]] || fail "Maintainer '$(field Maintainer)' has no address"
[[ $(field Homepage) == https://* ]] || fail "no Homepage"
for dep in 'libc6 (>=' 'libqt6widgets6 (>=' 'libqt6sql6 (>=' 'libgit2-1.5' libqt6sql6-sqlite; do
  grep -qF "$dep" <<<"$depends" || fail "Depends lacks $dep: $depends"
done
[ "$(field Description | wc -l)" -ge 4 ] || fail "the description has no long part"

echo "== lintian"
lintian --fail-on error --display-info --tag-display-limit 0 "$deb" || fail "lintian reports errors"

# Every entry is root's; directories and programs 0755, everything else 0644.
dpkg-deb -c "$deb" >"$tmp/contents"
awk '$2 != "root/root" { print "FAIL: owner " $2 ": " $6; bad = 1 }
     /^d/ && $1 != "drwxr-xr-x" { print "FAIL: directory " $1 ": " $6; bad = 1 }
     /^-/ && $6 ~ /^\.\/usr\/bin\// && $1 != "-rwxr-xr-x" { print "FAIL: program " $1 ": " $6; bad = 1 }
     /^-/ && $6 !~ /^\.\/usr\/bin\// && $1 != "-rw-r--r--" { print "FAIL: file " $1 ": " $6; bad = 1 }
     END { exit bad }' "$tmp/contents" || fail "wrong owners or permissions"

root=$tmp/root
dpkg-deb -x "$deb" "$root"
doc=$root/usr/share/doc/summit
for f in usr/bin/summit usr/bin/summit-cli usr/share/man/man1/summit.1.gz usr/share/man/man1/summit-cli.1.gz \
  usr/share/doc/summit/copyright usr/share/doc/summit/changelog.gz \
  usr/share/applications/io.github.summit.Summit.desktop usr/share/metainfo/io.github.summit.Summit.metainfo.xml \
  usr/share/icons/hicolor/48x48/apps/summit.png usr/share/icons/hicolor/scalable/apps/summit.svg; do
  [ -f "$root/$f" ] || fail "the package has no /$f"
done

# The changelog is gzip -9n (no name, no time stamp) and its latest entry is this version;
# the metainfo's latest release is this version too.
[ "$(od -An -tx1 -j3 -N5 "$doc/changelog.gz" | tr -d ' ')" = 0000000000 ] ||
  fail "changelog.gz carries a file name or a time stamp (gzip -9n)"
zcat "$doc/changelog.gz" | head -n 1 | grep -q "^summit ($version) " || fail "the changelog's latest entry is not $version"
grep -m1 '<release ' "$root/usr/share/metainfo/io.github.summit.Summit.metainfo.xml" | grep -q "version=\"$version\"" ||
  fail "the metainfo's latest release is not $version"
# The copyright file is DEP-5 and names the licence the metainfo declares.
head -n 1 "$doc/copyright" | grep -qx 'Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/' ||
  fail "copyright is not machine-readable (DEP-5)"
licence=$(sed -n 's:.*<project_license>\(.*\)</project_license>.*:\1:p' "$root/usr/share/metainfo/io.github.summit.Summit.metainfo.xml")
grep -A3 '^Files: \*$' "$doc/copyright" | grep -qx "License: $licence" ||
  fail "copyright's licence for Files: * is not the metainfo's $licence"

# Man pages made from --help: the options are there, in English, with no trace of the builder.
zcat "$root/usr/share/man/man1/summit.1.gz" >"$tmp/summit.1"
zcat "$root/usr/share/man/man1/summit-cli.1.gz" >"$tmp/summit-cli.1"
grep -q '^\.TH SUMMIT "1"' "$tmp/summit.1" || fail "summit.1 has no title"
grep -q 'Open the database FILE' "$tmp/summit.1" || fail "summit.1 lacks the --db option"
# The usage line names the program, not the path help2man ran it by.
grep -A1 '^\.SH SYNOPSIS' "$tmp/summit.1" | grep -qx '\.B summit' ||
  fail "summit.1's synopsis is not the program's name: $(grep -A1 '^\.SH SYNOPSIS' "$tmp/summit.1" | tail -n 1)"
grep -q 'account add' "$tmp/summit-cli.1" || fail "summit-cli.1 lacks the commands"
grep -q '~/\.local/share/Summit/summit/summit\.db' "$tmp/summit-cli.1" || fail "summit-cli.1 does not name ~/.local/share/…/summit.db"

# No file names the source or build tree (__FILE__, debug info, RPATH, a man page's path).
if grep -rlF "$source_dir" "$root" >"$tmp/leaks"; then
  fail "files name $source_dir: $(tr '\n' ' ' <"$tmp/leaks")"
fi
fortified=""
for program in summit summit-cli; do
  bin=$root/usr/bin/$program
  # Captured first: grep -q stops reading early, which pipefail would count as a failure.
  kind=$(file -b "$bin")
  grep -q '^ELF .* pie executable.*, stripped' <<<"$kind" || fail "$program is not a stripped PIE: $kind"
  dynamic=$(readelf -dW "$bin") segments=$(readelf -lW "$bin") symbols=$(readelf --dyn-syms -W "$bin")
  if grep -Eq 'RPATH|RUNPATH' <<<"$dynamic"; then fail "$program has an RPATH"; fi
  grep -Eq 'FLAGS.*BIND_NOW|FLAGS_1.*NOW' <<<"$dynamic" || fail "$program is not linked with -z now"
  grep -q GNU_RELRO <<<"$segments" || fail "$program has no RELRO segment"
  grep -q '__stack_chk_fail' <<<"$symbols" || fail "$program has no stack protector"
  # A program may have no call that fortification can check; the two together have some.
  if grep -Eq '__[a-z0-9_]+_chk@' <<<"${symbols//__stack_chk_fail/}"; then fortified+=" $program"; fi
  # Crash points are for test builds only.
  if grep -qa SUMMIT_CRASH_AT "$bin"; then fail "$program has the test builds' crash points (SUMMIT_CRASH_AT)"; fi
done
[ -n "$fortified" ] || fail "neither program calls a fortified libc function (_FORTIFY_SOURCE)"

echo "== the command line, from the scratch root"
cli=$root/usr/bin/summit-cli
out=$("$cli" --version)
echo "$out"
echo "$out" | grep -Eqx "summit-cli $version \(commit ([0-9a-f]+|unknown)\)" || fail "summit-cli --version: $out"
out=$("$root/usr/bin/summit" --version)
echo "$out" | grep -Eqx "summit $version \(commit ([0-9a-f]+|unknown)\)" || fail "summit --version: $out"
db=$tmp/team.db
out=$("$cli" --db "$db" init)
echo "$out"
[[ $out == "Database $db is ready (replica "* ]] && [ -f "$db" ] || fail "init: $out"
out=$("$cli" --db "$db" demo 2>/dev/null)
echo "$out"
echo "$out" | grep -Eq '^12 accounts, [0-9]+ org units, [0-9]+ contacts' || fail "demo: $out"
# Chinese, full pinyin and initials (华为技术: neither is in the record's text, which holds
# www.huawei.com): the pinyin table made at build time is in the package.
for q in 华为 huaweijishu hwjs; do
  out=$("$cli" --db "$db" search "$q" --type account)
  echo "search $q: $(echo "$out" | head -n 1)"
  echo "$out" | grep -q $'^account\t[0-9a-f-]*\t华为技术有限公司' || fail "search $q finds no 华为技术有限公司: $out"
done

echo "== the desktop app under Xvfb"
xvfb-run -a -s "-screen 0 1280x800x24" "$0" --gui "$root" "$db" "$tmp"
echo "package checked: $deb"

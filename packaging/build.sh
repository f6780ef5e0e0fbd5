#!/usr/bin/env bash
# Builds the desktop packages with jpackage (part of the JDK): an app image with a trimmed Java
# runtime, and a .deb that declares libgtk-3-0 and installs the icon and desktop entry from assets/.
#   bash packaging/build.sh            -> target/packaging/workspace-console/ and target/packaging/*.deb
# Needs: JDK 17 with jpackage, Maven, fakeroot and dpkg-dev (for the .deb).
set -euo pipefail
cd "$(dirname "$0")/.."

# The project's own version: the first <version> in pom.xml (there is no parent), without -SNAPSHOT.
version=$(grep -m1 -oP '(?<=<version>)[^<]+' pom.xml | sed 's/-SNAPSHOT//')
out=target/packaging
# The modules the console, Javalin and embedded PostgreSQL use (STACK.md); jdk.security.auth lets
# embedded PostgreSQL run as root through unshare.
modules=java.base,java.desktop,java.logging,java.management,java.naming,java.sql,java.xml,java.net.http,\
jdk.unsupported,jdk.httpserver,jdk.crypto.ec,java.security.jgss,jdk.security.auth,jdk.zipfs,jdk.localedata

mvn -q -B package -DskipTests
rm -rf "$out"
mkdir -p "$out/input" "$out/resources"
cp target/workspace-console.jar "$out/input/"
# jpackage takes <name>.desktop and the icon from its resource folder instead of its own templates.
cp assets/workspace-console.desktop "$out/resources/workspace-console.desktop"
cp assets/workspace-console.png "$out/resources/workspace-console.png"
# Our own maintainer scripts: jpackage's fail to install where no desktop menu exists (servers).
cp packaging/debian/postinst packaging/debian/prerm "$out/resources/"

common=(--name workspace-console --app-version "$version"
  --input "$out/input" --main-jar workspace-console.jar --main-class dev.wsconsole.Launcher
  --add-modules "$modules" --jlink-options "--strip-debug --no-man-pages --no-header-files"
  --icon assets/workspace-console.png
  --description "Desktop console for isolated healthcare workspaces"
  --vendor "Workspace Console" --java-options "-Xmx1g")

jpackage --type app-image --dest "$out" "${common[@]}"
jpackage --type deb --dest "$out" "${common[@]}" --resource-dir "$out/resources" \
  --install-dir /opt --linux-shortcut --linux-menu-group "Office" --linux-app-category misc \
  --linux-package-deps "libgtk-3-0" --linux-deb-maintainer "team@wsconsole.dev"

echo "app image: $out/workspace-console/bin/workspace-console"
ls "$out"/*.deb

#!/bin/sh
# Renders summit.svg to the PNG sizes of the hicolor icon theme (summit-<size>.png).
# The PNGs are committed; run this again after changing the SVG.
# Needs rsvg-convert (Debian: librsvg2-bin).
set -eu
cd "$(dirname "$0")"
for size in 16 24 32 48 64 128 256 512; do
  rsvg-convert --width "$size" --height "$size" --output "summit-$size.png" summit.svg
done

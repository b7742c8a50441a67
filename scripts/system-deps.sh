#!/usr/bin/env bash
# Installs what the browser test needs from Debian's packages: Chromium itself (never a
# browser downloaded by a test tool) and a CJK font so Chinese renders in screenshots.
set -euo pipefail
need=()
command -v chromium >/dev/null 2>&1 || need+=(chromium)
fc-list 2>/dev/null | grep -qi 'noto.*cjk' || need+=(fonts-noto-cjk)
[ ${#need[@]} -eq 0 ] && exit 0
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1; then SUDO=sudo; else
    echo "缺少系统软件包：${need[*]}；请以 root 身份运行：apt-get install ${need[*]}" >&2; exit 1
  fi
else SUDO=""; fi
echo "安装系统软件包：${need[*]}"
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${need[@]}" >/dev/null

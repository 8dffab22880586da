# Sourced by ./run and ./test: installs what is missing, quickly when nothing is.
# Debian libraries Qt needs, a .venv at the repository root, and the Python packages of pyproject.toml.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
VENV="$ROOT/.venv"
DEBIAN_PACKAGES=(
  libgl1 libegl1 libglib2.0-0 libdbus-1-3 libfontconfig1 libfreetype6 libxkbcommon0
  libxkbcommon-x11-0 libx11-xcb1 libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1
  libxcb-randr0 libxcb-render-util0 libxcb-shape0 libxcb-xinerama0 libxcb-xfixes0 libxcb-xkb1
  libxrender1 libxi6 libsm6 libice6 fonts-dejavu-core
)
# Only ./test installs these: headless LibreOffice opens an exported workbook (tests/exports/test_workbook.py).
TEST_DEBIAN_PACKAGES=(libreoffice-calc-nogui)

kliping_python() {
  for candidate in python3.11 python3.12 python3; do
    if command -v "$candidate" >/dev/null 2>&1 &&
       "$candidate" -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then
      echo "$candidate"; return 0
    fi
  done
  echo "Kliping needs Python 3.11 or newer; install it (apt-get install python3) and retry." >&2
  return 1
}

kliping_debian_packages() {
  command -v dpkg-query >/dev/null 2>&1 || return 0  # not Debian: the user installs Qt's libraries
  local missing=() pkg
  for pkg in "${DEBIAN_PACKAGES[@]}" "$@"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  echo "Installing Debian packages: ${missing[*]}" >&2
  local sudo=""
  if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null 2>&1; then sudo="sudo"; else
      echo "Please install as root: apt-get install ${missing[*]}" >&2; return 1
    fi
  fi
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

kliping_venv() {
  local python stamp want
  python="$(kliping_python)"
  if [ ! -x "$VENV/bin/python" ]; then
    if ! "$python" -c 'import ensurepip' >/dev/null 2>&1; then
      kliping_debian_packages python3-venv
    fi
    echo "Creating $VENV" >&2
    "$python" -m venv "$VENV"
    "$VENV/bin/python" -m pip install -q --upgrade pip >/dev/null
  fi
  stamp="$VENV/.kliping-installed"
  want="$(cat "$ROOT/pyproject.toml" | sha256sum | cut -d' ' -f1)"
  if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$want" ]; then
    echo "Installing Python packages into $VENV" >&2
    # The dependencies are read from pyproject.toml, so they are written down in one place.
    "$VENV/bin/python" - "$ROOT/pyproject.toml" > "$VENV/.kliping-requirements.txt" <<'PY'
import sys, tomllib
project = tomllib.load(open(sys.argv[1], "rb"))["project"]
for dep in project["dependencies"] + project["optional-dependencies"]["test"]:
    print(dep)
PY
    "$VENV/bin/python" -m pip install -q -r "$VENV/.kliping-requirements.txt"
    echo "$want" > "$stamp"
  fi
}

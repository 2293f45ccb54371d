"""Known vulnerabilities in the locked requirements: pip-audit, and an honest verdict about it.

    .venv/bin/python .ci/audit.py [--allow-unreachable] [requirements.lock]

pip-audit asks a vulnerability service about every pinned version: PyPI's JSON API first, OSV when
PyPI gives no answer. Its own exit status cannot tell "nothing known" from "nothing checked": a
package index that lacks the per-version pages (a mirror) makes every package "not found", and
pip-audit still says "No known vulnerabilities found". This wrapper reads its JSON report instead:

- a known vulnerability: exit 1, always;
- every package checked by one service and none vulnerable: exit 0;
- no service could check every package: exit 2, or with --allow-unreachable a loud warning and
  exit 0. CI uses that flag because its machine reaches a package mirror only (.ci/run); the
  release check, `make audit`, does not.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PIP_AUDIT = ROOT / ".venv" / "bin" / "pip-audit"
SERVICES = ("pypi", "osv")
#: Per HTTP request, and for a whole run: a machine without a route out must not hang CI.
REQUEST_TIMEOUT = 10
RUN_TIMEOUT = 600


def run_service(service: str, requirements: Path) -> tuple[dict | None, str]:
    """pip-audit's JSON report from one service, or None and the reason it has none."""
    with tempfile.TemporaryDirectory() as folder:
        report = Path(folder) / "report.json"
        command = [
            str(PIP_AUDIT),
            "--requirement",
            str(requirements),
            "--no-deps",  # the lock pins every package; nothing to resolve
            "--disable-pip",
            "--vulnerability-service",
            service,
            "--timeout",
            str(REQUEST_TIMEOUT),
            "--progress-spinner",
            "off",
            "--format",
            "json",
            "--output",
            str(report),
        ]
        try:
            result = subprocess.run(command, capture_output=True, text=True, timeout=RUN_TIMEOUT, check=False)  # noqa: S603
        except subprocess.TimeoutExpired:
            return None, f"geen antwoord binnen {RUN_TIMEOUT} s"
        if not report.exists():
            lines = [line for line in result.stderr.splitlines() if line.strip()]
            return None, lines[-1] if lines else f"pip-audit stopte met code {result.returncode}"
        return json.loads(report.read_text()), ""


def main(argv: list[str]) -> int:
    allow_unreachable = "--allow-unreachable" in argv
    paths = [arg for arg in argv if not arg.startswith("--")]
    requirements = Path(paths[0]) if paths else ROOT / "requirements.lock"
    if not PIP_AUDIT.exists():
        print(f"!! {PIP_AUDIT} ontbreekt: eerst `make install`.", file=sys.stderr)
        return 2
    problems = []
    for service in SERVICES:
        report, reason = run_service(service, requirements)
        if report is None:
            problems.append(f"{service}: {reason}")
            continue
        dependencies = report["dependencies"]
        vulnerable = [dep for dep in dependencies if dep.get("vulns")]
        skipped = [dep for dep in dependencies if "skip_reason" in dep]
        if vulnerable:
            print(f"!! pip-audit ({service}): bekende kwetsbaarheden in {requirements.name}:", file=sys.stderr)
            for dep in vulnerable:
                for vuln in dep["vulns"]:
                    fixes = ", ".join(vuln.get("fix_versions") or []) or "nog geen"
                    aliases = ", ".join(vuln.get("aliases") or [])
                    print(
                        f"   {dep['name']} {dep['version']}: {vuln['id']} ({aliases}); opgelost in: {fixes}",
                        file=sys.stderr,
                    )
            print("   Werk de pin bij (pyproject.toml, `make lock`) en draai `make audit` opnieuw.", file=sys.stderr)
            return 1
        if not skipped:
            print(
                f"pip-audit ({service}): {len(dependencies)} pakketten uit {requirements.name} gecontroleerd, "
                "geen bekende kwetsbaarheden."
            )
            return 0
        example = skipped[0]["skip_reason"]
        problems.append(f"{service}: {len(skipped)} van {len(dependencies)} pakketten niet te controleren ({example})")
    print("!! pip-audit: de kwetsbaarheidsgegevens waren niet te bereiken; de pakketten zijn NIET gecontroleerd.")
    for problem in problems:
        print(f"   {problem}")
    if allow_unreachable:
        print(
            "   CI gaat door: zijn machine bereikt geen kwetsbaarheidsdienst, alleen een pakketspiegel. Voor een"
            " release telt `make audit` op een machine met internet; die faalt in dit geval."
        )
        return 0
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

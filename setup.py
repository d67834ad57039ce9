"""Packages of the distribution: this repo's `actions/` and every subpackage in it, installed as
`contact_capture` (the rest of the metadata is in pyproject.toml). Found, not listed, so that a
new subpackage cannot be left out of the wheel."""
from setuptools import find_packages, setup

setup(packages=["contact_capture", *(f"contact_capture.{name}" for name in find_packages("actions"))])

"""Packages of the distribution: this repo's `actions/` and every subpackage in it, installed as
`contact_capture` (the rest of the metadata is in pyproject.toml). Found, not listed, so that a
new subpackage cannot be left out of the wheel.

`actions/channels/` is what the Rasa server loads (channels, tracker store, adapters). It has no
`__init__.py` on purpose: rasa-sdk's action server imports every regular subpackage of its
actions package, and these modules import Rasa, which a bot's action server need not have. As a
namespace package it is invisible to that walk (and to `find_packages`), so it is named here.

`rasa_sdk_plugins` is a top-level package because rasa-sdk looks for one of that name when its
action server starts: it guards every action server in the bot's environment with
ACTION_SERVER_TOKEN and a loopback default address (docs/security.md)."""

from setuptools import find_packages, setup

SERVER_SIDE = ["channels"]

setup(
    packages=[
        "contact_capture",
        "rasa_sdk_plugins",
        *(f"contact_capture.{name}" for name in [*find_packages("actions"), *SERVER_SIDE]),
    ]
)

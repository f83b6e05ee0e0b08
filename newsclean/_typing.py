"""Type names for the untyped libraries we use (the regex module publishes no stubs)."""

from typing import Any

RegexPattern = Any
RegexMatch = Any

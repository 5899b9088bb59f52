"""Build candor_speedups (metadata in pyproject.toml)."""

from setuptools import Extension, setup

setup(
    ext_modules=[
        Extension(
            "candor_speedups",
            sources=["candor_speedups.c"],
            libraries=["m"],  # exp and sqrt, as math.exp and math.sqrt
            # No fused multiply-adds: the sums must equal Python's, bit for bit.
            extra_compile_args=["-O2", "-Wall", "-Werror", "-ffp-contract=off"],
        )
    ],
    py_modules=[],
)

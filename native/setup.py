"""Build candor_speedups (metadata in pyproject.toml)."""

from setuptools import Extension, setup

setup(
    ext_modules=[
        Extension(
            "candor_speedups",
            sources=["candor_speedups.c"],
            extra_compile_args=["-O2", "-Wall", "-Werror"],
        )
    ],
    py_modules=[],
)

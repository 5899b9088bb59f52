"""Build candor_speedups (metadata in pyproject.toml)."""

from setuptools import Extension, setup

setup(
    ext_modules=[
        Extension(
            "candor_speedups",
            sources=["candor_speedups.c"],
            libraries=["m"],  # exp and sqrt, as math.exp and math.sqrt
            # No fused multiply-adds: the sums must equal Python's, bit for bit (-O3
            # reorders no floating-point sum without -ffast-math). -O3 rather than -O2:
            # the scan's loops took 0.95 to 0.98 of their time (bench/ab_scan.py).
            extra_compile_args=["-O3", "-Wall", "-Werror", "-ffp-contract=off"],
        )
    ],
    py_modules=[],
)

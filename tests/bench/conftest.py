# Benchmarks are scripts run by hand (python tests/bench/bench_*.py), never collected by pytest.
collect_ignore_glob = ["*.py"]

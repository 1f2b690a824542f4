#!/usr/bin/python3
"""scikit-learn PCA peer for the CustomerAtlas perf bench.

Same child protocol as the shared peers/sklearn_bench.py: `--child SPEC` loads the shared float32 blobs
file, times PCA(n_components=k).fit (svd_solver='auto', which picks the randomized solver for 8 of 32
components), and prints one `RESULT {json}` line with total_s, peak_rss_mb (VmHWM) and the summed
explained variance ratio.
"""
import json
import os
import sys
import time


def main():
    if len(sys.argv) != 3 or sys.argv[1] != "--child":
        print("usage: sklearn_pca_peer.py --child SPEC", file=sys.stderr)
        sys.exit(2)
    import numpy as np
    from sklearn.decomposition import PCA
    spec = json.loads(sys.argv[2])
    n, d, c, k = spec["n"], spec["d"], spec["c"], spec["k"]
    path = os.path.join(spec["data_dir"], f"blobs_n{n}_d{d}_c{c}.f32")
    x = np.fromfile(path, dtype=np.float32).reshape(n, d)
    t = time.perf_counter()
    pca = PCA(n_components=k, random_state=0).fit(x)
    res = dict(spec, total_s=time.perf_counter() - t,
               explained_ratio=float(np.sum(pca.explained_variance_ratio_)))
    with open("/proc/self/status") as f:
        for line in f:
            if line.startswith("VmHWM:"):
                res["peak_rss_mb"] = int(line.split()[1]) / 1024
    res.pop("data_dir", None)
    print("RESULT " + json.dumps(res), flush=True)


if __name__ == "__main__":
    main()

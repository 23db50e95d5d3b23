"""Runs exported Gradient Lab scripts for the project's tests and prints what they compute.

Usage: python3 check_python_exports.py jobs.json
Each job names a script (or an ONNX file to check), raw points to predict, and (PyTorch only) how many epochs to train.
The script is imported as a module, so this runs exactly the functions a learner would.
Prints one JSON object: {"results": [{"predictions": [...], "losses": [...]}, ...]}.
"""
import importlib.util
import json
import sys


def load(path, name):
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def run(job, index):
    if job["kind"] == "onnx":
        import onnx

        model = onnx.load(job["script"])
        onnx.checker.check_model(model, full_check=True)  # the official checker, with shape inference
        return {"predictions": [], "losses": [], "opset": model.opset_import[0].version}
    module = load(job["script"], f"exported_{index}")
    if job["kind"] == "numpy":
        return {"predictions": module.predict(module.WEIGHTS, job["points"]).tolist(), "losses": []}
    model = module.build_model()
    predictions = module.predict(model, job["points"]).tolist()
    losses = module.train(module.build_model(), job["epochs"]) if job["epochs"] > 0 else []
    return {"predictions": predictions, "losses": losses}


def main():
    with open(sys.argv[1], encoding="utf-8") as f:
        jobs = json.load(f)
    results = []
    for i, job in enumerate(jobs):
        try:
            results.append(run(job, i))
        except Exception as error:  # report it to the test, which names the job
            results.append({"error": f"{type(error).__name__}: {error}"})
    print(json.dumps({"results": results}))


if __name__ == "__main__":
    main()

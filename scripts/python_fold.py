#!/usr/bin/env python3
"""The user's alternative to Chronoscope: a plain merge-patch fold of a JSONL log in Python.

usage: python_fold.py LOG.jsonl > world.json
Prints the world state {streamId: state} at the end of the log, like `chronoscope state LOG`.
"""
import json, sys

def merge_patch(target, patch):
    if not isinstance(patch, dict):
        return patch
    if not isinstance(target, dict):
        target = {}
    for key, value in patch.items():
        if value is None:
            target.pop(key, None)
        else:
            target[key] = merge_patch(target.get(key), value)
    return target

world = {}
with open(sys.argv[1], encoding="utf-8") as f:
    for line in f:
        if line.strip():
            e = json.loads(line)
            world[e["streamId"]] = merge_patch(world.get(e["streamId"], {}), e.get("data"))
json.dump(world, sys.stdout)

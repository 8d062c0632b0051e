#!/usr/bin/env python3
"""Writes a large Commvault bundle for benchmarks: one GET /Subclient response holding N subclients (as
GET /Subclient?clientId=... returns them), plus the S1 storage policy, copy and MediaAgent. Usage:
    generate-commvault-export.py N OUT_DIR"""
import json, os, shutil, sys

n, out = int(sys.argv[1]), sys.argv[2]
here = os.path.dirname(os.path.abspath(__file__))
example = os.path.join(here, "..", "examples", "commvault", "weekend-window")
os.makedirs(out, exist_ok=True)
for f in ("storage-policy-17.json", "storage-policy-17-copy-31.json", "media-agent-2.json"):
    shutil.copy(os.path.join(example, f), out)
subclients = []
for i in range(n):
    subclients.append({
        "subClientEntity": {"clientName": f"client{i // 10:05d}", "clientId": 100 + i // 10, "appName": "File System",
                            "backupsetName": "defaultBackupSet", "subclientName": f"sc{i % 10}", "subclientId": 10000 + i},
        "commonProperties": {"numberOfBackupStreams": 1 + i % 4, "allowMultipleDataReaders": i % 3 == 0,
                             "storageDevice": {"networkAgents": 1 + i % 2, "applicableReadSize": 64 if i % 5 == 0 else 512,
                                               "dataBackupStoragePolicy": {"storagePolicyName": "SP-T50e-LTO5", "storagePolicyId": 17}}},
        "content": [{"path": f"/data/{i}"}],
    })
with open(os.path.join(out, "subclients.json"), "w") as fh:
    json.dump({"filterQueryCount": n, "subClientProperties": subclients}, fh)

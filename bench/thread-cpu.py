#!/usr/bin/env python3
"""CPU seconds each thread of a process spends until a stop file appears, summed by thread name.

Usage: thread-cpu.py PID STOPFILE OUTFILE. Samples /proc/PID/task every 0.1 s, so a thread that ends (the publish's
index helper) keeps what it had used at its last sample. Written for the ingest rows of bench/run: the publishing
thread's CPU time is the publish's critical path on a machine with a free second core.
"""
import collections
import os
import sys
import time

pid, stop, out = sys.argv[1:4]
tick = os.sysconf('SC_CLK_TCK')
first, last = {}, {}


def sample():
    try:
        tids = os.listdir(f'/proc/{pid}/task')
    except FileNotFoundError:
        return False
    for tid in tids:
        try:
            with open(f'/proc/{pid}/task/{tid}/stat') as f:
                stat = f.read()
        except (FileNotFoundError, ProcessLookupError):
            continue
        name = stat[stat.index('(') + 1:stat.rindex(')')]
        fields = stat[stat.rindex(')') + 2:].split()
        cpu = (int(fields[11]) + int(fields[12])) / tick
        first.setdefault(tid, cpu)
        last[tid] = (name, cpu)
    return True


sample()
start = dict(first)
while not os.path.exists(stop) and sample():
    time.sleep(0.1)
by_name = collections.Counter()
for tid, (name, cpu) in last.items():
    by_name[name] += cpu - start.get(tid, 0)
with open(out, 'w') as f:
    for name, cpu in by_name.most_common():
        f.write(f'{cpu:.2f} {name}\n')

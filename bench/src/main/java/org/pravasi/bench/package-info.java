/**
 * Benchmark tools: deterministic data and corpus generators, the load test, search and suppression timings; scripts in
 * bench/.
 */
package org.pravasi.bench;

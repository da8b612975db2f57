/** Benchmark tools: a deterministic data generator; the drivers are scripts in bench/. */
package org.pravasi.bench;

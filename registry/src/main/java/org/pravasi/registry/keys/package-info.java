/** Organisation API keys: issued once, stored hashed, compared in constant time, revocable. */
package org.pravasi.registry.keys;

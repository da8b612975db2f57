package org.pravasi.registry.config;

/** A setting is missing or wrong; the message says which flag and how to fix it. */
public final class ConfigException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** Creates the exception with a message naming the flag and the fix. */
    public ConfigException(String message) {
        super(message);
    }
}

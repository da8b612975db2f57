package org.pravasi.registry.config;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a picocli option that may also be set by an environment variable, {@code PRAVASI_} and its long name in upper
 * case ({@code --base-uri} ⇔ {@code PRAVASI_BASE_URI}); a flag on the command line wins ({@link EnvironmentDefaults}).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.METHOD})
public @interface Env {}

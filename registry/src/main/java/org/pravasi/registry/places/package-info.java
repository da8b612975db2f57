/**
 * Names of places beyond the reference geography's current LGD names: former names and common spellings, shared by
 * portal search and the publishing workspace so that there is one list.
 */
package org.pravasi.registry.places;

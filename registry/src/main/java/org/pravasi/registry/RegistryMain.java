package org.pravasi.registry; final class RegistryMain { public static void main(String[] a) {} }

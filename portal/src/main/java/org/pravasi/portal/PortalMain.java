package org.pravasi.portal; final class PortalMain { public static void main(String[] a) {} }

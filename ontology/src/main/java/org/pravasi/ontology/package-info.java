package org.pravasi.ontology;

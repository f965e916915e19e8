"""The compiled translations (helpclient_<lang>.qm), built from translations/*.ts by
``make translations`` and shipped in the wheel and bundles."""

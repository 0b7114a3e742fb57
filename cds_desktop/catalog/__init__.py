"""Policy-catalog updates that travel offline: signed `.cdscatalog` packages, the keys the app trusts,
and the editions installed in the user's data folder. Qt-free; `cryptography` loads only to sign or verify."""

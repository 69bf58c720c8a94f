import KasirCore

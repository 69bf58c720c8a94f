#include "CKasirSystem.h"

/*
 * Stands in, for the tests under Wine only, for Windows's bcryptprimitives.dll, which
 * Debian 12's Wine (8.0) lacks: Go's runtime loads ProcessPrng from it at start and stops
 * without it. It draws the random bytes from RtlGenRandom (advapi32's SystemFunction036),
 * which Wine has. Windows itself has the real DLL; nothing shipped uses this one.
 */
#include <windows.h>

BOOLEAN WINAPI SystemFunction036(PVOID buffer, ULONG length);

BOOL WINAPI ProcessPrng(PBYTE data, SIZE_T size)
{
	while (size > 0) {
		ULONG chunk = size > 0x10000000 ? 0x10000000 : (ULONG)size;
		if (!SystemFunction036(data, chunk))
			return FALSE;
		data += chunk;
		size -= chunk;
	}
	return TRUE;
}

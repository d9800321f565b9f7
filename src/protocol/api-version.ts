/** The REST api-version this package speaks. */
export const API_VERSION = "2024-07-01.20.0";

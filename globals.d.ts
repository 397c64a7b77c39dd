/** Build-time flag: true only in test builds made for the accessibility scan. */
declare const __PLAYCARD_OPEN_SHADOW__: boolean;

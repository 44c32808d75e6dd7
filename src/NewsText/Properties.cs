using System.Runtime.CompilerServices;

// Stack buffers (lower-cased labels, histograms) are always written before they are read; zeroing them is wasted work.
[module: SkipLocalsInit]

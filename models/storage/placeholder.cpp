namespace Fordran { int storagePlaceholder() { return 0; } }

// UnionFind: disjoint sets over 0..n-1 with path halving and union by size.
#ifndef SITREP_FUSE_UNION_FIND_H_
#define SITREP_FUSE_UNION_FIND_H_

#include <cstddef>
#include <numeric>
#include <utility>
#include <vector>

namespace sitrep::fuse {

class UnionFind {
 public:
  explicit UnionFind(size_t n) : parent_(n), size_(n, 1) { std::iota(parent_.begin(), parent_.end(), 0); }
  // Representative of x's set; which member represents a set is unspecified.
  size_t Find(size_t x) {
    while (parent_[x] != x) x = parent_[x] = parent_[parent_[x]];
    return x;
  }
  void Union(size_t a, size_t b) {
    a = Find(a);
    b = Find(b);
    if (a == b) return;
    if (size_[a] < size_[b]) std::swap(a, b);
    parent_[b] = a;
    size_[a] += size_[b];
  }

 private:
  std::vector<size_t> parent_, size_;
};

}  // namespace sitrep::fuse

#endif  // SITREP_FUSE_UNION_FIND_H_

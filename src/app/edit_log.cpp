#include "edit_log.hpp"

#include <algorithm>

namespace zongjie::app {

bool shift_range(int& begin, int& end, int pos, int removed, int added) {
  int const delta = added - removed;
  int const cut_end = pos + removed;
  if (cut_end <= begin) {  // before the range, or touching its start: the range moves with its text
    begin += delta;
    end += delta;
    return true;
  }
  if (pos >= end) return true;  // after the range
  // Overlap: what survives of the range keeps its place; text typed inside
  // it belongs to it; a range whose text was replaced whole is gone.
  int const new_begin = begin < pos ? begin : pos + added;
  int const new_end = end > cut_end ? end + delta : pos;
  begin = new_begin;
  end = std::max(new_begin, new_end);
  return new_end > new_begin;
}

void EditLog::record(int pos, int removed, int added) {
  if (removed == 0 && added == 0) return;
  // Typing: an insertion right after the previous one is one longer insertion
  // (the same for every position and range), so the log stays short.
  if (!edits_.isEmpty() && removed == 0) {
    Edit& last = edits_.last();
    if (last.removed == 0 && pos == last.pos + last.added) {
      last.added += added;
      return;
    }
  }
  edits_.push_back({pos, removed, added});
}

int EditLog::point(int position) const {
  for (Edit const& e : edits_) {
    if (position >= e.pos + e.removed) position += e.added - e.removed;
    else if (position > e.pos) position = e.pos;  // its start was deleted
  }
  return position;
}

bool EditLog::range(int& begin, int& end) const {
  bool alive = true;
  for (Edit const& e : edits_) alive = shift_range(begin, end, e.pos, e.removed, e.added) && alive;
  return alive;
}

}  // namespace zongjie::app

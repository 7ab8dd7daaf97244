// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/api/ApiError.h"

#include <functional>
#include <utility>
#include <variant>

namespace Switchboard {

// A value or an ApiError, never both.
template<typename T>
class ApiResult
{
public:
    ApiResult(T value)
        : m_data(std::in_place_index<0>, std::move(value))
    { }
    ApiResult(ApiError error)
        : m_data(std::in_place_index<1>, std::move(error))
    { }

    bool ok() const { return m_data.index() == 0; }
    explicit operator bool() const { return ok(); }
    const T &value() const { return std::get<0>(m_data); }
    T &value() { return std::get<0>(m_data); }
    const ApiError &error() const { return std::get<1>(m_data); }

private:
    std::variant<T, ApiError> m_data;
};

// For calls that return nothing (DELETE with 204).
struct Done
{ };

template<typename T>
using ApiCallback = std::function<void(const ApiResult<T> &)>;

} // namespace Switchboard

import Foundation
import KasirTestSupport

enum BuiltProductsRoot {
  static var url: URL { BuiltProducts.packageRoot }
}
